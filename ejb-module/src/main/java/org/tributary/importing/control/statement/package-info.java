/** The shape every statement reader produces, whatever the file format. */
package org.tributary.importing.control.statement;
