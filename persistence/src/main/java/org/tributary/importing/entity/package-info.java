/** The record of each import: its status, counts and timing. */
package org.tributary.importing.entity;
