package com.accountdesk.ui.account;

import com.accountdesk.model.Secret;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Anywhere token is the server's text: its export line, run in bash, sets the variable to the
 * token and runs nothing else; its Terraform block stays one provider block whose api_token is the
 * token, whatever the token holds.
 */
@Tag("process")
class AnywhereSnippetInjectionTest {
    private static final List<String> HOSTILE = List.of(
            "tok;touch${IFS}PWNED;#\"\n}\nresource \"null_resource\" \"x\" {\n  provisioner \"local-exec\" {\n    command = \"touch PWNED\"\n  }\n}\n#",
            "tok$(touch PWNED)", "tok`touch PWNED`", "tok'; touch PWNED; '", "tok\\\" ${file(\"/etc/passwd\")} %{ if true }x%{ endif }",
            "tok\r\nexport X=1", "plain-token-0123456789abcdef");

    @Test
    void theExportLineRunInBashSetsTheTokenAndRunsNothingElse(@TempDir Path dir) throws Exception {
        for (String token : HOSTILE) {
            String line = AnywhereViewModel.exportLine(Secret.of(token));
            Path out = dir.resolve("value");
            ProcessBuilder bash = new ProcessBuilder("bash", "-c", line + "\nprintf %s \"$" + AnywhereViewModel.ENV_VARIABLE
                    + "\" > value").directory(dir.toFile()).redirectErrorStream(true);
            bash.environment().put("PATH", "/usr/bin:/bin");
            Process p = bash.start();
            p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertFalse(Files.exists(dir.resolve("PWNED")), "ran a command: " + line);
            assertEquals(token, Files.readString(out, StandardCharsets.UTF_8), "the variable holds the token whole");
        }
    }

    @Test
    void theTerraformBlockStaysOneProviderBlockWhoseTokenIsTheToken() {
        for (String token : HOSTILE) {
            String hcl = AnywhereViewModel.terraformBlock(Secret.of(token));
            Hcl parsed = Hcl.parse(hcl);
            assertEquals(List.of("terraform", "provider"), parsed.topLevelBlocks, hcl);
            assertEquals(List.of(token), parsed.stringsNamed("api_token"), hcl);
            assertEquals(List.of(), parsed.templates, "no interpolation or directive in " + hcl);
        }
    }

    /**
     * Just enough of HCL's native syntax to tell blocks from strings: top-level block types, each
     * attribute's string value decoded, and any {@code ${…}} or {@code %{…}} template left live.
     */
    static final class Hcl {
        final List<String> topLevelBlocks = new ArrayList<>();
        final List<String[]> attributes = new ArrayList<>();
        final List<String> templates = new ArrayList<>();

        List<String> stringsNamed(String name) {
            return attributes.stream().filter(a -> a[0].equals(name)).map(a -> a[1]).toList();
        }

        static Hcl parse(String text) {
            Hcl hcl = new Hcl();
            int depth = 0;
            String lastWord = null;
            String pendingAttribute = null;
            boolean lineStart = true;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '#') { // a comment to the end of the line
                    while (i < text.length() && text.charAt(i) != '\n') {
                        i++;
                    }
                    continue;
                }
                if (c == '"') {
                    StringBuilder value = new StringBuilder();
                    i++;
                    while (true) {
                        if (i >= text.length() || text.charAt(i) == '\n') {
                            throw new AssertionError("unterminated string in " + text);
                        }
                        char s = text.charAt(i);
                        if (s == '"') {
                            i++;
                            break;
                        }
                        if (s == '\\') {
                            char e = text.charAt(i + 1);
                            switch (e) {
                                case 'n' -> value.append('\n');
                                case 'r' -> value.append('\r');
                                case 't' -> value.append('\t');
                                case '"' -> value.append('"');
                                case '\\' -> value.append('\\');
                                case 'u' -> {
                                    value.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                                    i += 4;
                                }
                                default -> throw new AssertionError("unknown escape \\" + e + " in " + text);
                            }
                            i += 2;
                            continue;
                        }
                        if ((s == '$' || s == '%') && i + 1 < text.length()) {
                            if (text.charAt(i + 1) == s && i + 2 < text.length() && text.charAt(i + 2) == '{') {
                                value.append(s).append('{'); // $${ and %%{ are the literal $ { and % {
                                i += 3;
                                continue;
                            }
                            if (text.charAt(i + 1) == '{') {
                                hcl.templates.add(text.substring(i, Math.min(text.length(), i + 20)));
                            }
                        }
                        value.append(s);
                        i++;
                    }
                    if (pendingAttribute != null) {
                        hcl.attributes.add(new String[] {pendingAttribute, value.toString()});
                        pendingAttribute = null;
                    }
                    lineStart = false;
                    continue;
                }
                if (c == '{') {
                    if (depth == 0) {
                        hcl.topLevelBlocks.add(lastWord);
                    }
                    depth++;
                } else if (c == '}') {
                    depth--;
                    if (depth < 0) {
                        throw new AssertionError("a } closes more than was opened in " + text);
                    }
                } else if (c == '=') {
                    pendingAttribute = lastWord;
                } else if (c == '\n') {
                    lineStart = true;
                    pendingAttribute = null;
                } else if (Character.isLetter(c) || c == '_') {
                    int start = i;
                    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                            || text.charAt(i) == '-')) {
                        i++;
                    }
                    if (lineStart) {
                        lastWord = text.substring(start, i);
                    }
                    lineStart = false;
                    continue;
                }
                i++;
            }
            if (depth != 0) {
                throw new AssertionError("blocks left open in " + text);
            }
            return hcl;
        }
    }
}
