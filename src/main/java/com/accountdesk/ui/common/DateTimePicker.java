package com.accountdesk.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A date and a time of day in UTC (JavaFX has no date-time picker): a DatePicker and hour and
 * minute spinners, with the same instant in the local zone beside them so nobody has to convert.
 * {@link #valueProperty()} is the chosen instant, or null while the date field is empty.
 */
public final class DateTimePicker extends HBox {
    private final DatePicker date = new DatePicker();
    private final Spinner<Integer> hour = new Spinner<>();
    private final Spinner<Integer> minute = new Spinner<>();
    private final Label local = new Label();
    private final ObjectProperty<Instant> value = new SimpleObjectProperty<>(this, "value");
    private final ZoneId localZone;
    private boolean updating;

    public DateTimePicker() {
        this(ZoneId.systemDefault());
    }

    public DateTimePicker(ZoneId localZone) {
        this.localZone = localZone;
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("date-time-picker");
        date.setId("dateField");
        date.setPrefWidth(150);
        date.setConverter(TimeFormats.isoDates());
        date.setPromptText(Texts.get("common.picker.datePrompt"));
        date.setAccessibleText(Texts.get("common.picker.date"));
        hour.setId("hourField");
        hour.setValueFactory(twoDigits(23));
        hour.setAccessibleText(Texts.get("common.picker.hour"));
        minute.setId("minuteField");
        minute.setValueFactory(twoDigits(59));
        minute.setAccessibleText(Texts.get("common.picker.minute"));
        for (Spinner<Integer> s : List.of(hour, minute)) {
            s.setEditable(true);
            s.setPrefWidth(84);
            // Typed digits count as soon as focus leaves, not only on Enter.
            s.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    commit(s);
                }
            });
        }
        local.setId("localTimeLabel");
        local.getStyleClass().add("local-time");
        getChildren().addAll(date, hour, new Label(":"), minute, new Label("UTC"), local);
        // Never squeezed below their natural size: a cut-off date or hour is worse than a wider dialog.
        getChildren().forEach(child -> {
            if (child instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });

        date.valueProperty().addListener((obs, o, n) -> fromFields());
        hour.valueProperty().addListener((obs, o, n) -> fromFields());
        minute.valueProperty().addListener((obs, o, n) -> fromFields());
        value.addListener((obs, o, n) -> toFields(n));
        toFields(null);
    }

    private static SpinnerValueFactory<Integer> twoDigits(int max) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, max, 0);
        factory.setWrapAround(true);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : String.format("%02d", v);
            }

            @Override
            public Integer fromString(String s) {
                try {
                    int v = Integer.parseInt(s.trim());
                    return Math.max(0, Math.min(max, v));
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        return factory;
    }

    private static void commit(Spinner<Integer> spinner) {
        SpinnerValueFactory<Integer> factory = spinner.getValueFactory();
        factory.setValue(factory.getConverter().fromString(spinner.getEditor().getText()));
        spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
    }

    private void fromFields() {
        if (updating) {
            return;
        }
        LocalDate d = date.getValue();
        Instant chosen = d == null ? null
                : LocalDateTime.of(d, LocalTime.of(hour.getValue(), minute.getValue())).toInstant(ZoneOffset.UTC);
        updating = true;
        try {
            value.set(chosen);
        } finally {
            updating = false;
        }
        showLocal(chosen);
    }

    private void toFields(Instant instant) {
        showLocal(instant);
        if (updating) {
            return;
        }
        updating = true;
        try {
            if (instant == null) {
                date.setValue(null);
                return;
            }
            // Minutes are the finest step a person picks; seconds would only be noise here.
            LocalDateTime utc = LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC);
            date.setValue(utc.toLocalDate());
            hour.getValueFactory().setValue(utc.getHour());
            minute.getValueFactory().setValue(utc.getMinute());
        } finally {
            updating = false;
        }
    }

    private void showLocal(Instant instant) {
        // Beside a UTC time, the local time only says something where it differs.
        local.setText(TimeFormats.differsFromUtc(instant, localZone) ? Texts.get("common.picker.local", TimeFormats.local(instant, localZone)) : "");
    }

    /** Takes typed but not yet committed text of the fields, e.g. before OK is handled. */
    public void commitEdits() {
        commit(hour);
        commit(minute);
        String typed = date.getEditor().getText();
        if (typed != null && !typed.isBlank()) {
            try {
                date.setValue(date.getConverter().fromString(typed));
            } catch (RuntimeException e) {
                // an unreadable date keeps the last valid one
            }
        }
    }

    public ObjectProperty<Instant> valueProperty() {
        return value;
    }

    public Instant getValue() {
        return value.get();
    }

    /** Sets the instant; seconds are dropped, as the fields show minutes. */
    public void setValue(Instant instant) {
        value.set(instant == null ? null : instant.truncatedTo(ChronoUnit.MINUTES));
    }

    public DatePicker datePicker() {
        return date;
    }
}
