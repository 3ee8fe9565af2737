package org.o365cli.sandbox.sharepoint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** A parsed CSOM request: its actions in order and its object paths by id. No DTDs or external entities. */
final class CsomRequest {

    private static final int MAX_BYTES = 1 << 20;

    private final List<Element> actions;
    private final List<Element> objectPaths;

    private CsomRequest(List<Element> actions, List<Element> objectPaths) {
        this.actions = actions;
        this.objectPaths = objectPaths;
    }

    static Optional<CsomRequest> parse(byte[] body) {
        if (body.length == 0 || body.length > MAX_BYTES) {
            return Optional.empty();
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new ByteArrayInputStream(body));
            Element root = document.getDocumentElement();
            Optional<Element> actions = child(root, "Actions");
            Optional<Element> paths = child(root, "ObjectPaths");
            if (!root.getTagName().equals("Request") || actions.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new CsomRequest(children(actions.get()),
                    paths.map(CsomRequest::children).orElse(List.of())));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return Optional.empty();
        }
    }

    List<Element> actions() {
        return actions;
    }

    Optional<Element> objectPath(String id) {
        return objectPaths.stream().filter(path -> path.getAttribute("Id").equals(id)).findFirst();
    }

    /** The string values of a method's {@code <Parameters>}, in order. */
    static List<String> stringParameters(Element method) {
        return child(method, "Parameters").map(CsomRequest::children).orElse(List.of()).stream()
                .map(Node::getTextContent).toList();
    }

    /** A named property of a method's first parameter object ({@code <Property Name="…">}). */
    static String objectProperty(Element method, String name) {
        for (Element parameter : child(method, "Parameters").map(CsomRequest::children).orElse(List.of())) {
            for (Element property : children(parameter)) {
                if (property.getTagName().equals("Property") && property.getAttribute("Name").equals(name)) {
                    return property.getTextContent();
                }
            }
        }
        return "";
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst();
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
