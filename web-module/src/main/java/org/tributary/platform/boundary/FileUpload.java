package org.tributary.platform.boundary;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A multipart/form-data body of one file, as /openapi describes it (resources read the parts themselves). */
public record FileUpload(
        @Schema(type = SchemaType.STRING, format = "binary", required = true)
        String file) {}
