"""Organisational goals (målsætninger) and the leadership foundation
(ledelsesgrundlag): every member reads them, HR writes them."""
