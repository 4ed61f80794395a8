package com.accountdesk.ui.rotate;

import com.accountdesk.model.ApiKey;
import com.accountdesk.ui.account.ExpiryPreset;
import com.accountdesk.ui.common.Texts;
import com.accountdesk.ui.common.TimeFormats;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long the new key of an ACM rotation lasts: first "like the old key" (its created → expires span,
 * else what it had left), so a rotation does not quietly cut a month-long key to ACM's 24 hours;
 * then the usual presets.
 */
public record NewKeyLifetime(Duration length, String text) {

    /** The choices for replacing {@code old}: like it (when its span is known), then the presets. */
    public static List<NewKeyLifetime> choices(ApiKey old, Instant now) {
        List<NewKeyLifetime> choices = new ArrayList<>();
        Duration span = old == null ? Duration.ZERO
                : old.created() != null && old.created().isBefore(old.expires()) ? Duration.between(old.created(), old.expires())
                : Duration.between(now, old.expires());
        if (!span.isNegative() && !span.isZero()) {
            choices.add(new NewKeyLifetime(span, Texts.get("rotate.window.lifetimeLikeOld", TimeFormats.timeLeft(span))));
        }
        Arrays.stream(ExpiryPreset.values()).filter(p -> p != ExpiryPreset.CUSTOM)
                .forEach(p -> choices.add(new NewKeyLifetime(Duration.between(now, p.from(now)), p.toString())));
        return choices;
    }

    @Override
    public String toString() {
        return text;
    }
}
