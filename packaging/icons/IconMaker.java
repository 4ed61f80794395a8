import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Draws the Account Desk icon (a gold key over a database cylinder on a navy tile) with Java2D and
 * writes icons/account-desk-N.png for each size, icons/account-desk.ico and icons/account-desk.icns.
 * Only the JDK is needed: {@code java packaging/icons/IconMaker.java icons}.
 */
public final class IconMaker {
    static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    /** icns entry types holding PNG data, by pixel size. */
    static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();

    static {
        ICNS_TYPES.put("icp4", 16);
        ICNS_TYPES.put("icp5", 32);
        ICNS_TYPES.put("icp6", 64);
        ICNS_TYPES.put("ic07", 128);
        ICNS_TYPES.put("ic08", 256);
        ICNS_TYPES.put("ic09", 512);
    }

    static final Color TILE_TOP = new Color(0x2B5C8F);
    static final Color TILE_BOTTOM = new Color(0x163456);
    static final Color DB_FILL = new Color(0xEAF2FB);
    static final Color DB_LINE = new Color(0x163456);
    static final Color KEY_FILL = new Color(0xF6B81A);
    static final Color KEY_LINE = new Color(0x5A3A00);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "icons");
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : PNG_SIZES) {
            byte[] bytes = encode(draw(size));
            png.put(size, bytes);
            Files.write(out.resolve("account-desk-" + size + ".png"), bytes);
        }
        try (OutputStream ico = Files.newOutputStream(out.resolve("account-desk.ico"))) {
            writeIco(ico, png, ICO_SIZES);
        }
        try (OutputStream icns = Files.newOutputStream(out.resolve("account-desk.icns"))) {
            writeIcns(icns, png);
        }
        System.out.println("icons written to " + out.toAbsolutePath());
    }

    /** The drawing, in a 64-unit square scaled to {@code size}; small sizes get bolder lines. */
    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size / 64.0;
        g.scale(s, s);
        // A line is at least one pixel wide at any size.
        float line = (float) Math.max(2.0, 1.1 / s);

        // Tile.
        g.setPaint(new GradientPaint(0, 0, TILE_TOP, 0, 64, TILE_BOTTOM));
        g.fill(new RoundRectangle2D.Double(1, 1, 62, 62, 14, 14));

        // Database cylinder: body, top ellipse, two ring lines.
        double x = 9, w = 34, top = 8, bottom = 46, eh = 10;
        Area body = new Area(new Rectangle2D.Double(x, top + eh / 2, w, bottom - top - eh / 2));
        body.add(new Area(new Ellipse2D.Double(x, top, w, eh)));
        body.add(new Area(new Ellipse2D.Double(x, bottom - eh / 2, w, eh)));
        g.setColor(DB_FILL);
        g.fill(body);
        g.setColor(DB_LINE);
        g.setStroke(new BasicStroke(line, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Ellipse2D.Double(x, top, w, eh));
        // Two rings where there is room, one at the smallest sizes so it still reads as a cylinder.
        double[] rings = size >= 24 ? new double[]{top + 13, top + 25} : new double[]{top + 17};
        for (double y : rings) {
            g.draw(new Arc2D.Double(x, y, w, eh, 180, 180, Arc2D.OPEN));
        }

        // Key: ring at the upper left, shaft down to the lower right, two teeth.
        double cx = 40, cy = 36, r = size >= 32 ? 9.5 : 11;
        double shaft = size >= 32 ? 5 : 7;
        Area key = new Area(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        Area stem = new Area(new Rectangle2D.Double(cx, cy - shaft / 2, 21, shaft));
        stem.add(new Area(new Rectangle2D.Double(cx + 11, cy, 4, 8)));
        stem.add(new Area(new Rectangle2D.Double(cx + 17, cy, 4, 10)));
        stem.transform(AffineTransform.getRotateInstance(Math.toRadians(40), cx, cy));
        key.add(stem);
        double hole = size >= 32 ? 3.6 : 3.2;
        key.subtract(new Area(new Ellipse2D.Double(cx - r / 2 - hole, cy - r / 2 - hole + 3, 2 * hole, 2 * hole)));
        g.setColor(KEY_LINE);
        g.setStroke(new BasicStroke(line * 1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(key);
        g.setColor(KEY_FILL);
        g.fill(key);
        g.dispose();
        return img;
    }

    static byte[] encode(BufferedImage img) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ImageIO.write(img, "png", buf);
        return buf.toByteArray();
    }

    /** ICO with PNG-compressed entries (read by Windows Vista and later). */
    static void writeIco(OutputStream out, Map<Integer, byte[]> png, int[] sizes) throws IOException {
        ByteArrayOutputStream dir = new ByteArrayOutputStream();
        LittleEndian le = new LittleEndian(dir);
        le.u16(0);
        le.u16(1);
        le.u16(sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int size : sizes) {
            byte[] data = png.get(size);
            dir.write(size >= 256 ? 0 : size);
            dir.write(size >= 256 ? 0 : size);
            dir.write(0);
            dir.write(0);
            le.u16(1);
            le.u16(32);
            le.u32(data.length);
            le.u32(offset);
            offset += data.length;
        }
        out.write(dir.toByteArray());
        for (int size : sizes) {
            out.write(png.get(size));
        }
    }

    /** icns: the 'icns' header and one PNG entry per type, all lengths big-endian. */
    static void writeIcns(OutputStream out, Map<Integer, byte[]> png) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : ICNS_TYPES.entrySet()) {
            byte[] data = png.get(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(8 + data.length);
            d.write(data);
        }
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        o.write(body.toByteArray());
        o.flush();
    }

    private record LittleEndian(OutputStream out) {
        void u16(int v) throws IOException {
            out.write(v & 0xff);
            out.write((v >>> 8) & 0xff);
        }

        void u32(int v) throws IOException {
            u16(v & 0xffff);
            u16(v >>> 16);
        }
    }
}
