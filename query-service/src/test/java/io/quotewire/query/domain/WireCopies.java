package io.quotewire.query.domain;

/** A wire copy of a seed as another outlet runs it: its own headline and credit, a few words changed, the end cut. */
public final class WireCopies {

    private WireCopies() {}

    /** {@code original} edited the way outlets edit wire copy. */
    public static String edited(String original) {
        String copy = original
                .replace("If President Donald Trump is thinking", "If U.S. President Donald Trump is thinking")
                .replace("over the weekend", "on Saturday")
                .replace("talking isn’t working", "talking is not working")
                .replace("ADVERTISEMENT\n", "")
                .replace("Clearly the North Koreans", "The North Koreans clearly");
        int lastParagraph = copy.lastIndexOf("\nThe meeting, he said");
        return "Talks collapse as Pyongyang walks out\nBy our wire service\n" + copy.substring(0, lastParagraph)
                + "\nCopyright the wire service. All rights reserved.";
    }
}
