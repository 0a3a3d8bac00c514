/**
 * Fill patterns that tell series apart without color: stripes, dots, cross-hatching and zigzags,
 * drawn in the series color on a transparent tile.
 */
export type Look = 'solid' | 'outline' | 'stripes' | 'dots' | 'cross' | 'zigzag';

const size = 10;

function tile(draw: (ctx: CanvasRenderingContext2D) => void): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (ctx) draw(ctx);
  return canvas;
}

/** A canvas fill for a look in a color: a plain color for "solid", a pattern otherwise. */
export function fillFor(look: string, color: string, target: CanvasRenderingContext2D): string | CanvasPattern {
  if (look === 'solid') return color;
  if (look === 'outline') return 'transparent';
  const canvas = tile((ctx) => {
    ctx.strokeStyle = color;
    ctx.fillStyle = color;
    ctx.lineWidth = 2;
    ctx.beginPath();
    if (look === 'stripes') {
      ctx.moveTo(0, size);
      ctx.lineTo(size, 0);
      ctx.moveTo(-size / 2, size / 2);
      ctx.lineTo(size / 2, -size / 2);
      ctx.moveTo(size / 2, size * 1.5);
      ctx.lineTo(size * 1.5, size / 2);
      ctx.stroke();
    } else if (look === 'dots') {
      ctx.arc(size / 2, size / 2, 2.2, 0, Math.PI * 2);
      ctx.fill();
    } else if (look === 'cross') {
      ctx.moveTo(0, size / 2);
      ctx.lineTo(size, size / 2);
      ctx.moveTo(size / 2, 0);
      ctx.lineTo(size / 2, size);
      ctx.stroke();
    } else {
      ctx.moveTo(0, size * 0.7);
      ctx.lineTo(size / 2, size * 0.3);
      ctx.lineTo(size, size * 0.7);
      ctx.stroke();
    }
  });
  return target.createPattern(canvas, 'repeat') ?? color;
}
