import { useEffect, useState } from "react";
import { onQueueChange, queued, type QueuedEvent } from "./queue";

export function useQueue(): QueuedEvent[] {
  const [events, setEvents] = useState<QueuedEvent[]>([]);
  useEffect(() => {
    let live = true;
    queued().then((found) => live && setEvents(found)).catch(() => undefined);
    const stop = onQueueChange((found) => live && setEvents(found));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return events;
}

export function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener("online", on);
    window.addEventListener("offline", off);
    return () => {
      window.removeEventListener("online", on);
      window.removeEventListener("offline", off);
    };
  }, []);
  return online;
}
