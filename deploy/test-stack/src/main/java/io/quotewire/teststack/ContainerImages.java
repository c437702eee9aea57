package io.quotewire.teststack;

import java.util.Map;
import org.testcontainers.DockerClientFactory;

/** Describes a local image for the test output: its name, and what it stands in for when it is a local stand-in. */
final class ContainerImages {

    /** Label that deploy/stand-ins/ images carry (see docs/deploy.md). */
    private static final String STAND_IN_LABEL = "io.quotewire.stand-in";

    private ContainerImages() {}

    static String describe(String image) {
        try {
            Map<String, String> labels = DockerClientFactory.instance().client().inspectImageCmd(image).exec()
                    .getConfig().getLabels();
            String standIn = labels == null ? null : labels.get(STAND_IN_LABEL);
            return standIn == null ? "image " + image : "image " + image + " (local stand-in: " + standIn + ")";
        } catch (RuntimeException e) {
            return "image " + image;
        }
    }
}
