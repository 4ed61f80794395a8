package com.accountdesk.ui.metrics;

import javafx.scene.chart.ValueAxis;

import java.util.List;

/**
 * A number axis of epoch seconds read as UTC times, its ticks placed and worded by {@link TimeTicks}
 * on whole minutes, hours or days (NumberAxis, which is final, puts them at its lower bound plus
 * multiples of its unit: 13:07, 17:07...). Its bounds are set from outside (the window shown); it
 * never ranges itself.
 */
final class TimeAxis extends ValueAxis<Number> {
    TimeAxis() {
        setAutoRanging(false);
        setMinorTickVisible(false);
        setAnimated(false);
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
        currentLowerBound.set(bounds[0]);
        setScale(calculateNewScale(getSide() != null && getSide().isVertical() ? getHeight() : getWidth(), bounds[0], bounds[1]));
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        return TimeTicks.ticks(getLowerBound(), getUpperBound(), length);
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return TimeTicks.label(value.doubleValue());
    }
}
