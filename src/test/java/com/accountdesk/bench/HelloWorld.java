package com.accountdesk.bench;

/** The floor of a command-line start on a runtime: bench/run.sh times the command line against it. */
public final class HelloWorld {
    private HelloWorld() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
