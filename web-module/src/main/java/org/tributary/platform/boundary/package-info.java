/** The API's frame: its path, and the mappers that turn every error into problem+json. */
package org.tributary.platform.boundary;
