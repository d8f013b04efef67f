package org.tributary.platform.boundary;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Finishes the /openapi document that MicroProfile OpenAPI generates from the resources (mp.openapi.filter):
 * every operation gets the one error shape, {@link Problem}, as its default response, and the document its
 * external docs. The title, licence and the decimals' string schema are set in microprofile-config.properties
 * (decision 33); decimals are strings there as {@link ApiJson} writes them.
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        // Left unset, it comes out of the server as an empty object, which OpenAPI 3.1 refuses.
        if (document.getExternalDocs() == null) {
            document.setExternalDocs(OASFactory.createExternalDocumentation()
                    .description("Every error is an RFC 9457 problem document (the Problem schema)")
                    .url("https://www.rfc-editor.org/rfc/rfc9457"));
        }
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        addProblemSchemas(document.getComponents());
        if (document.getPaths() != null) {
            document.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(item -> item.getOperations().values().forEach(ApiDocument::answerErrorsAsProblems));
        }
    }

    private static void answerErrorsAsProblems(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (!responses.hasAPIResponse(APIResponses.DEFAULT)) {
            responses.addAPIResponse(
                    APIResponses.DEFAULT,
                    OASFactory.createAPIResponse()
                            .description("An error, as an RFC 9457 problem document (see API.md's error statuses).")
                            .content(OASFactory.createContent()
                                    .addMediaType(
                                            Problem.MEDIA_TYPE,
                                            OASFactory.createMediaType()
                                                    .schema(OASFactory.createSchema()
                                                            .ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static void addProblemSchemas(Components components) {
        Schema text = OASFactory.createSchema().addType(SchemaType.STRING);
        components.addSchema(
                "FieldError",
                OASFactory.createSchema()
                        .addType(SchemaType.OBJECT)
                        .properties(Map.of("field", text, "message", text))
                        .required(List.of("field", "message")));
        components.addSchema(
                PROBLEM,
                OASFactory.createSchema()
                        .addType(SchemaType.OBJECT)
                        .description("RFC 9457 problem details; errors lists the fields of a validation failure.")
                        .properties(Map.of(
                                "type",
                                text,
                                "title",
                                text,
                                "status",
                                OASFactory.createSchema().addType(SchemaType.INTEGER),
                                "detail",
                                text,
                                "errors",
                                OASFactory.createSchema()
                                        .addType(SchemaType.ARRAY)
                                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))))
                        .required(List.of("type", "title", "status")));
    }
}
