#!/usr/bin/python3
"""pixels.py IMAGE... --colour RRGGBB[,RRGGBB...]: for each colour, how many
pixels of the images are within a small distance of it; prints "RRGGBB N" per
colour.  Reads binary PPM (P6, as pdftoppm writes) and 8-bit non-interlaced
PNG (RGB or RGBA, as Chromium's screenshots are), with only the standard
library, so a test can check that a chart was drawn, not only that a file
exists."""
import struct, sys, zlib

def ppm(data):
    parts, i = [], 0
    while len(parts) < 4:
        while data[i:i + 1].isspace():
            i += 1
        if data[i:i + 1] == b'#':
            while data[i:i + 1] != b'\n':
                i += 1
            continue
        j = i
        while not data[j:j + 1].isspace():
            j += 1
        parts.append(data[i:j])
        i = j
    assert parts[0] == b'P6' and parts[3] == b'255', 'not an 8-bit P6 PPM'
    w, h = int(parts[1]), int(parts[2])
    px = data[i + 1:i + 1 + 3 * w * h]
    return [px[k:k + 3] for k in range(0, len(px), 3)]

def png(data):
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    i, idat, w = 8, b'', 0
    while i < len(data):
        n, t = struct.unpack('>I4s', data[i:i + 8])
        body = data[i + 8:i + 8 + n]
        if t == b'IHDR':
            w, h, depth, ctype, _, _, interlace = struct.unpack('>IIBBBBB', body)
            assert depth == 8 and ctype in (2, 6) and not interlace, 'unsupported PNG'
            bpp = 3 if ctype == 2 else 4
        elif t == b'IDAT':
            idat += body
        i += 12 + n
    raw, stride, out, prev = zlib.decompress(idat), w * bpp, [], bytearray(w * bpp)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out.extend(bytes(line[k:k + 3]) for k in range(0, stride, bpp))
        prev = line
    return out

def main(argv):
    k = argv.index('--colour')
    files, colours = argv[:k], [bytes.fromhex(c) for c in argv[k + 1].split(',')]
    counts = [0] * len(colours)
    for f in files:
        data = open(f, 'rb').read()
        pixels = png(data) if data[:4] == b'\x89PNG' else ppm(data)
        want = {c: i for i, c in enumerate(colours)}
        for p in pixels:
            i = want.get(p)
            if i is None:
                for j, c in enumerate(colours):
                    if abs(p[0] - c[0]) + abs(p[1] - c[1]) + abs(p[2] - c[2]) <= 24:
                        i = j
                        break
            if i is not None:
                counts[i] += 1
    for c, n in zip(colours, counts):
        print(c.hex(), n)

main(sys.argv[1:])
