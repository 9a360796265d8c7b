// Renders every app icon from the one source, resources/icon.svg, into resources/build/ (committed): `npm run icons`.
import { Icns, IcnsImage, type OSType } from '@fiahfy/icns';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pngToIco from 'png-to-ico';
import sharp from 'sharp';

const ROOT = join(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'resources', 'icon.svg');
const OUT = join(ROOT, 'resources', 'build');

/** Linux's hicolor sizes: resources/build/icons/NxN.png (electron-builder's `linux.icon` folder). */
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
/** Windows: the sizes Explorer, the taskbar and the installer ask for. */
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** macOS: each slot of an .icns and the pixel size it holds (the @2x slots hold double). */
const ICNS_SLOTS: [OSType, number][] = [
  ['ic04', 16],
  ['ic05', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];

async function main(): Promise<void> {
  const svg = await readFile(SOURCE);
  const cache = new Map<number, Promise<Buffer>>();
  // Each size is rendered from the vector source at 1024 px and scaled down once (Lanczos), never from another PNG.
  const png = (size: number): Promise<Buffer> => {
    let rendered = cache.get(size);
    if (!rendered) {
      rendered = sharp(svg).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
      cache.set(size, rendered);
    }
    return rendered;
  };

  await mkdir(join(OUT, 'icons'), { recursive: true });
  for (const size of LINUX_SIZES) await writeFile(join(OUT, 'icons', `${size}x${size}.png`), await png(size));

  await writeFile(join(OUT, 'icon.ico'), await pngToIco(await Promise.all(ICO_SIZES.map(png))));

  const icns = new Icns();
  for (const [osType, size] of ICNS_SLOTS) icns.append(IcnsImage.fromPNG(await png(size), osType));
  await writeFile(join(OUT, 'icon.icns'), icns.data);

  console.log(
    `icons: ${LINUX_SIZES.length} PNG sizes, icon.ico (${ICO_SIZES.join(', ')}), icon.icns (${ICNS_SLOTS.length} slots) in resources/build/`,
  );
}

await main();
