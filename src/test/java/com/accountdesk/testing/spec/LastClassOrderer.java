package com.accountdesk.testing.spec;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/** The order surefire gives, except that {@link DeviationsUsedTest} runs after every other class (a stable sort). */
public final class LastClassOrderer implements ClassOrderer {
    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt((ClassDescriptor d) -> d.getTestClass() == DeviationsUsedTest.class ? 1 : 0));
    }
}
