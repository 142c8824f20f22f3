package io.remit.platform.problem;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Bean Validation path such as {@code create.request.contacts.email} into the field the client sent,
 * {@code contacts.email}: the method is dropped, and so is the parameter when it is a request body.
 */
final class ViolationPaths {

    private ViolationPaths() {
    }

    static String fieldPath(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        nodes.removeIf(node -> node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR);
        boolean bodyParameter = nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER;
        if (bodyParameter) {
            nodes.remove(0);
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }
}
