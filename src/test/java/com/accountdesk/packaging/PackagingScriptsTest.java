package com.accountdesk.packaging;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scripts the Linux packages run as root (the .deb's maintainer scripts, the .rpm's scriptlets)
 * and the other files under packaging/ that override jpackage's templates: no jpackage placeholder is
 * left for a jpackage that does not fill it (it would run as a command, and {@code set -e} would stop
 * the removal or upgrade there), and every script parses. Without root: the install cycle itself is
 * packaging/linux/package-cycle.sh ({@link PackageCycleTest}).
 */
@Tag("process")
class PackagingScriptsTest {
    private static final Path PACKAGING = Path.of("packaging");
    /** Where the built packages are: target/dist, or the folder {@code -Daccountdesk.dist} names. */
    private static final Path DIST = Path.of(System.getProperty("accountdesk.dist", "target/dist"));
    private static final List<String> MAINTAINER_SCRIPTS = List.of("preinst", "postinst", "prerm", "postrm");

    /** A line that is one upper-case word with an underscore, as jpackage's templates put a block of script. */
    private static final Pattern PLACEHOLDER_LINE = Pattern.compile("^\\s*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\s*$");
    /**
     * Placeholders that every jpackage from JDK 17 to 25 fills in the files it reads them from (the
     * spec's %description line): checked against each JDK's templates, kept as they are.
     */
    private static final Set<String> FILLED_BY_EVERY_JPACKAGE = Set.of("APPLICATION_DESCRIPTION");
    /** A {@code $NAME$} token, as jpackage's Windows and macOS templates write theirs. */
    private static final Pattern DOLLAR_PLACEHOLDER = Pattern.compile("\\$[A-Z][A-Z0-9_]*\\$");
    /** Any word of jpackage's placeholder vocabulary (APPLICATION_…, DESKTOP_…, UTILITY_SCRIPTS…). */
    private static final Pattern JPACKAGE_WORD = Pattern.compile(
            "\\b(?:APPLICATION|DESKTOP|DEPLOY|LAUNCHER|PACKAGE|UTILITY|COMMON|INSTALLATION)_[A-Z0-9_]+\\b");
    /** An rpm scriptlet's header in the spec: %pre, %post, %preun, %postun, %pretrans, %posttrans… */
    private static final Pattern SPEC_SCRIPTLET = Pattern.compile("^%(pre|post|preun|postun|pretrans|posttrans|triggerin|triggerun|verifyscript)\\b.*");
    private static final Pattern SPEC_SECTION = Pattern.compile("^%(?:prep|build|install|check|clean|files|changelog|description|package"
            + "|pre|post|preun|postun|pretrans|posttrans|triggerin|triggerun|verifyscript)\\b.*");

    @Test
    void noFileOverridingAJpackageTemplateKeepsAPlaceholderLine() throws IOException {
        List<Path> resources = resourceFiles();
        assertFalse(resources.isEmpty(), "no resource directory under packaging/");
        List<String> found = new ArrayList<>();
        for (Path file : resources) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean bare = PLACEHOLDER_LINE.matcher(line).matches() && !FILLED_BY_EVERY_JPACKAGE.contains(line.strip());
                if (bare || DOLLAR_PLACEHOLDER.matcher(line).find()) {
                    found.add(file + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertEquals(List.of(), found, "jpackage placeholders that a jpackage may leave unfilled");
    }

    @Test
    void theMaintainerScriptsAndScriptletsNameNoJpackagePlaceholderAndParse() throws Exception {
        Map<String, String> scripts = new LinkedHashMap<>();
        for (Path file : resourceFiles()) {
            String name = file.getFileName().toString();
            if (MAINTAINER_SCRIPTS.contains(name)) {
                scripts.put(file.toString(), Files.readString(file));
            } else if (name.endsWith(".spec")) {
                specScriptlets(Files.readAllLines(file)).forEach((section, body) -> scripts.put(file + " " + section, body));
            }
        }
        assertTrue(scripts.keySet().stream().anyMatch(s -> s.endsWith("prerm")), "no prerm among " + scripts.keySet());
        assertTrue(scripts.keySet().stream().anyMatch(s -> s.endsWith("%preun")), "no %preun among " + scripts.keySet());
        checkScripts(scripts);
    }

    @Test
    void everyShellScriptUnderPackagingParses() throws Exception {
        Map<String, String> scripts = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(PACKAGING)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".sh")).sorted().toList()) {
                scripts.put(file.toString(), Files.readString(file));
            }
        }
        assertTrue(scripts.containsKey(PACKAGING.resolve("build-package.sh").toString()), scripts.keySet().toString());
        for (Map.Entry<String, String> script : scripts.entrySet()) {
            String shell = script.getValue().startsWith("#!/usr/bin/env bash") || script.getValue().startsWith("#!/bin/bash") ? "bash" : "sh";
            Parse parse = parse(shell, script.getValue());
            assertEquals(0, parse.code(), script.getKey() + " does not parse with " + shell + " -n: " + parse.err());
        }
    }

    /** The scripts as jpackage wrote them into the built packages, where target/dist has them. */
    @Test
    void theBuiltPackagesScriptsHaveNoPlaceholderAndParse() throws Exception {
        List<Path> packages = new ArrayList<>();
        if (Files.isDirectory(DIST)) {
            try (Stream<Path> files = Files.list(DIST)) {
                packages.addAll(files.filter(p -> p.toString().endsWith(".deb") || p.toString().endsWith(".rpm")).sorted().toList());
            }
        }
        Assumptions.assumeFalse(packages.isEmpty(), "no .deb or .rpm in target/dist (bash packaging/build-package.sh builds them)");
        Map<String, String> scripts = new LinkedHashMap<>();
        for (Path pkg : packages) {
            if (pkg.toString().endsWith(".deb")) {
                Assumptions.assumeTrue(onPath("dpkg-deb"), "dpkg-deb is not installed");
                Path control = Files.createTempDirectory("deb-control");
                Parse extract = exec(List.of("dpkg-deb", "-e", pkg.toString(), control.resolve("DEBIAN").toString()), "");
                assertEquals(0, extract.code(), extract.err());
                for (String name : MAINTAINER_SCRIPTS) {
                    Path script = control.resolve("DEBIAN").resolve(name);
                    if (Files.exists(script)) {
                        scripts.put(pkg.getFileName() + " " + name, Files.readString(script));
                    }
                }
            } else {
                Assumptions.assumeTrue(onPath("rpm"), "rpm is not installed");
                Parse query = exec(List.of("rpm", "-qp", "--scripts", pkg.toString()), "");
                assertEquals(0, query.code(), query.err());
                rpmScriptlets(query.out()).forEach((section, body) -> scripts.put(pkg.getFileName() + " " + section, body));
            }
        }
        assertTrue(scripts.keySet().stream().anyMatch(s -> s.endsWith(" prerm") || s.endsWith("preuninstall")),
                "no removal script found in " + scripts.keySet());
        checkScripts(scripts);
    }

    private static void checkScripts(Map<String, String> scripts) throws Exception {
        Assumptions.assumeTrue(onPath("sh"), "no sh to parse the scripts with");
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> script : scripts.entrySet()) {
            String[] lines = script.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher word = JPACKAGE_WORD.matcher(lines[i]);
                if (PLACEHOLDER_LINE.matcher(lines[i]).matches() || DOLLAR_PLACEHOLDER.matcher(lines[i]).find() || word.find()) {
                    found.add(script.getKey() + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
            Parse parse = parse("sh", script.getValue());
            assertEquals(0, parse.code(), script.getKey() + " does not parse with sh -n: " + parse.err());
        }
        assertEquals(List.of(), found, "jpackage placeholders in scripts run as root");
    }

    /** Every file in a resources folder under packaging/ (the files --resource-dir hands jpackage). */
    private static List<Path> resourceFiles() throws IOException {
        try (Stream<Path> all = Files.walk(PACKAGING)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals("resources"))
                    .sorted().toList();
        }
    }

    /** The spec's scriptlets, each from its %section line to the next section. */
    static Map<String, String> specScriptlets(List<String> spec) {
        Map<String, String> scriptlets = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : spec) {
            if (SPEC_SECTION.matcher(line).matches()) {
                if (current != null) {
                    scriptlets.put(current, body.toString());
                }
                current = SPEC_SCRIPTLET.matcher(line).matches() ? line.strip() : null;
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            scriptlets.put(current, body.toString());
        }
        return scriptlets;
    }

    /** {@code rpm -qp --scripts}: "preuninstall scriptlet (using /bin/sh):" and the script below it. */
    static Map<String, String> rpmScriptlets(String output) {
        Map<String, String> scriptlets = new LinkedHashMap<>();
        Matcher header = Pattern.compile("(?m)^(\\S+) scriptlet \\(using [^)]*\\):$").matcher(output);
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (header.find()) {
            names.add(header.group(1));
            spans.add(new int[] {header.start(), header.end()});
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : output.length();
            scriptlets.put(names.get(i), output.substring(spans.get(i)[1], end));
        }
        return scriptlets;
    }

    record Parse(int code, String out, String err) {
    }

    private static Parse parse(String shell, String script) throws IOException, InterruptedException {
        return exec(List.of(shell, "-n"), script);
    }

    private static Parse exec(List<String> command, String stdin) throws IOException, InterruptedException {
        Path out = Files.createTempFile("packaging-out", ".txt");
        Path err = Files.createTempFile("packaging-err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), command + " did not exit");
        Parse parse = new Parse(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return parse;
    }

    static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
