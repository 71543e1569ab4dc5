/**
 * Zoom of the seating plan: 100 % fits the plan to its box; larger steps make the names in the seat
 * boxes bigger (the box then scrolls, and a drag scrolls it near its edges).
 */
import React, { useState } from 'react';
import { ZoomIn, ZoomOut } from 'lucide-react';

const STEPS = [1, 1.25, 1.5, 2, 2.5];

export function usePlanZoom(): [number, React.ReactNode] {
  const [i, setI] = useState(0);
  const control = (
    <div className="st-zoom" role="group" aria-label="Thu phóng sơ đồ">
      <button
        type="button"
        className="icon-btn"
        aria-label="Thu nhỏ sơ đồ"
        disabled={i === 0}
        onClick={() => setI(i - 1)}
        data-testid="plan-zoom-out"
      >
        <ZoomOut size={15} aria-hidden />
      </button>
      <button
        type="button"
        className="btn btn-sm btn-ghost"
        title="Vừa khung"
        onClick={() => setI(0)}
        data-testid="plan-zoom"
      >
        {Math.round(STEPS[i] * 100)}%
      </button>
      <button
        type="button"
        className="icon-btn"
        aria-label="Phóng to sơ đồ"
        disabled={i === STEPS.length - 1}
        onClick={() => setI(i + 1)}
        data-testid="plan-zoom-in"
      >
        <ZoomIn size={15} aria-hidden />
      </button>
    </div>
  );
  return [STEPS[i], control];
}
