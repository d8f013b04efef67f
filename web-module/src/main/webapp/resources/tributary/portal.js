/*
 * Tributary portal: the little the pages do in the browser. Everything works without it; with it, a phone
 * gets the menu and the filters behind buttons, and a category chip's editor closes with Escape or a click
 * elsewhere.
 */
(function () {
    "use strict";
    document.documentElement.classList.add("js");

    /** A button that shows and hides the element it controls (aria-expanded says which). */
    function toggle(button, target) {
        button.addEventListener("click", function () {
            var open = button.getAttribute("aria-expanded") !== "true";
            button.setAttribute("aria-expanded", String(open));
            target.classList.toggle("is-open", open);
        });
    }

    function menu() {
        var button = document.querySelector(".menu-toggle");
        var list = document.getElementById("site-menu");
        if (button && list) {
            toggle(button, list);
        }
    }

    /** Each filter box gets a button before it; on a phone (portal.css) the box stays shut until pressed. */
    function filters() {
        var label = document.body.getAttribute("data-filters-label") || "Filters";
        document.querySelectorAll("fieldset.filters").forEach(function (box, i) {
            if (box.previousElementSibling && box.previousElementSibling.classList.contains("filters-toggle")) {
                return;
            }
            if (!box.id) {
                box.id = "filters-box-" + i;
            }
            var button = document.createElement("button");
            button.type = "button";
            button.className = "filters-toggle";
            button.setAttribute("aria-expanded", "false");
            button.setAttribute("aria-controls", box.id);
            button.innerHTML = '<i class="pi pi-filter" aria-hidden="true"></i> ';
            button.appendChild(document.createTextNode(label));
            box.parentNode.insertBefore(button, box);
            toggle(button, box);
        });
    }

    /** One chip editor open at a time; Escape closes it and gives the focus back to its chip. */
    function chips() {
        document.addEventListener("toggle", function (event) {
            var opened = event.target;
            if (!opened.matches || !opened.matches("details.chip-editor") || !opened.open) {
                return;
            }
            document.querySelectorAll("details.chip-editor[open]").forEach(function (other) {
                if (other !== opened) {
                    other.open = false;
                }
            });
        }, true);
        document.addEventListener("click", function (event) {
            document.querySelectorAll("details.chip-editor[open]").forEach(function (editor) {
                if (!editor.contains(event.target)) {
                    editor.open = false;
                }
            });
        });
        document.addEventListener("keydown", function (event) {
            if (event.key !== "Escape") {
                return;
            }
            var editor = event.target.closest && event.target.closest("details.chip-editor[open]");
            if (editor) {
                editor.open = false;
                editor.querySelector("summary").focus();
            }
        });
    }

    window.Tributary = {
        /** After a category was saved and the table redrawn: the focus back on the row's chip. */
        focusChip: function (transaction) {
            var chip = document.querySelector('details.chip-editor[data-transaction="' + transaction + '"] > summary');
            if (chip) {
                chip.focus();
            }
        }
    };

    document.addEventListener("DOMContentLoaded", function () {
        menu();
        filters();
        chips();
        if (window.jQuery) {
            // An AJAX update that replaced a filter box (the overview's "Show") also took its button.
            window.jQuery(document).on("pfAjaxComplete", filters);
        }
    });
})();
