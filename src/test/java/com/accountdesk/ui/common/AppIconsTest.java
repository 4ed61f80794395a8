package com.accountdesk.ui.common;

import javafx.scene.image.Image;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app icon: a PNG per size on the class path, and the .ico and .icns the installers use. */
@Tag("ui")
class AppIconsTest {
    @Test
    void everySizeIsOnTheClassPathAsASquarePngWithAnOpaqueCentre() throws IOException {
        for (int size : AppIcons.SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream(AppIcons.resource(size))) {
                assertNotNull(in, "missing " + AppIcons.resource(size));
                BufferedImage image = ImageIO.read(in);
                assertEquals(size, image.getWidth(), "width of " + size);
                assertEquals(size, image.getHeight(), "height of " + size);
                assertEquals(0xff, image.getRGB(size / 2, size / 2) >>> 24, "centre of " + size + " is opaque");
                assertTrue((image.getRGB(0, 0) >>> 24) < 64, "corner of " + size + " is (nearly) transparent: a rounded tile");
            }
        }
    }

    @Test
    void javaFxLoadsThemAsTheWindowIcons() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<Image> images = AppIcons.all();
        assertEquals(AppIcons.SIZES.length, images.size());
        for (int i = 0; i < images.size(); i++) {
            assertFalse(images.get(i).isError(), "icon " + AppIcons.SIZES[i] + " failed to load");
            assertEquals(AppIcons.SIZES[i], images.get(i).getWidth());
        }
    }

    @Test
    void icoHoldsEverySizeUpTo256AsPng() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(Path.of("icons/account-desk.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, ico.getShort(0));
        assertEquals(1, ico.getShort(2), "type 1 = icon");
        int count = ico.getShort(4);
        assertEquals(7, count);
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int width = Byte.toUnsignedInt(ico.get(entry));
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(ico.array(), offset, length));
            assertEquals(width == 0 ? 256 : width, image.getWidth());
        }
    }

    @Test
    void icnsHeaderAndEntriesAddUp() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("icons/account-desk.icns"));
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
            byte[] magic = in.readNBytes(4);
            assertArrayEquals("icns".getBytes(), magic);
            assertEquals(bytes.length, in.readInt());
            int read = 8;
            int entries = 0;
            while (read < bytes.length) {
                String type = new String(in.readNBytes(4));
                int length = in.readInt();
                BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(in.readNBytes(length - 8)));
                assertNotNull(image, type + " is a PNG");
                read += length;
                entries++;
            }
            assertEquals(bytes.length, read);
            assertTrue(entries >= 6, "entries for 16 to 512 px");
        }
    }
}
