package com.accountdesk.testing.spec;

import com.accountdesk.sandbox.http.ExchangeTap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of every call the app makes, in docs/api-judge.md between its two markers: a request
 * of the app's client that no row names is a finding, so the table cannot fall behind the code.
 */
final class CallsTable {
    static final Path DOC = Path.of("docs/api-judge.md");
    /** The key a finding about a call missing from the table carries. */
    static final String KEY = "accountdesk.calls-table.missing";
    private static final Pattern PARAM = Pattern.compile("\\{\\w+}");

    /** One row: which cloud, the method, the path below the API's root (templated), and what the descriptions say of it. */
    record Row(String cloud, String method, String path, String standing) {
        ExchangeTap.Api api() {
            return cloud.equals("ACM") ? ExchangeTap.Api.ACM : ExchangeTap.Api.CRATEDB;
        }

        boolean names(ExchangeTap.Exchange x) {
            if (api() != x.api() || !method.equalsIgnoreCase(x.method())) {
                return false;
            }
            StringBuilder regex = new StringBuilder();
            Matcher m = PARAM.matcher(path);
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(path.substring(last, m.start()))).append("[^/]+");
                last = m.end();
            }
            regex.append(Pattern.quote(path.substring(last)));
            return x.path().matches(regex.toString());
        }
    }

    private static final List<Row> ROWS = read();

    private CallsTable() {
    }

    static List<Row> rows() {
        return ROWS;
    }

    private static List<Row> read() {
        String doc;
        try {
            doc = Files.readString(DOC);
        } catch (IOException e) {
            throw new UncheckedIOException("the calls table is read from " + DOC, e);
        }
        String table = doc.substring(doc.indexOf("<!-- calls-table -->"), doc.indexOf("<!-- /calls-table -->"));
        List<Row> out = new ArrayList<>();
        for (String line : table.split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 5 || cells[1].isBlank() || cells[1].contains("cloud") || cells[1].contains("---")) {
                continue;
            }
            out.add(new Row(cells[1].trim(), cells[2].trim(), cells[3].trim().replace("`", ""), cells[4].trim()));
        }
        return List.copyOf(out);
    }

    /** A finding when no row of the table names the call of {@code x}. */
    static Optional<SpecJudge.Finding> missing(ExchangeTap.Exchange x) {
        if (ROWS.stream().anyMatch(r -> r.names(x))) {
            return Optional.empty();
        }
        return Optional.of(new SpecJudge.Finding(x.api(), x.mount(), x.method(), x.path(), x.status(), true, KEY, DOC.toString(),
                "the app made a call the calls table does not list"));
    }
}
