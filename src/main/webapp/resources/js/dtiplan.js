/*
 * A file input marked data-max-bytes refuses a file larger than that as soon as it is chosen:
 * the browser shows data-too-large beside the field and will not submit the form, so nobody
 * waits for a large upload only to be told it is too large (the server refuses it anyway).
 */
document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
        return;
    }
    var max = Number(input.getAttribute('data-max-bytes'));
    var tooLarge = Array.prototype.some.call(input.files || [], function (file) {
        return file.size > max;
    });
    input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
    if (tooLarge) {
        input.reportValidity();
    }
});

/*
 * Issue 17: forms that work like forms, messages where the eye is.
 *
 * - Back after a save: a button pressed before a redirect keeps PrimeFaces' spinner and stays
 *   disabled (its Ajax "complete" skips the clean-up on a redirect), and the browser's back-forward
 *   cache brings that page back as it was. On such a return every busy button is made ready again.
 * - Unsaved changes: a form of the page (not a dialog's, not a filter bar) that was typed in is
 *   "dirty" until it is submitted or one of its own buttons saves it by Ajax; leaving the page
 *   while a form is dirty asks first (beforeunload, only then).
 * - Messages: a page's messages (id "messages") are shown as a toast in view (CSS) that lets
 *   clicks through to what lies under it and fades a success after a few seconds; a message
 *   drawn inside a dialog is scrolled into view there, so a refusal at the bottom of a long dialog
 *   is seen at 390 px too.
 */
(function () {
    var dirty = [];

    function tracked(form) {
        return form && form.closest && form.closest('main.content') && !form.closest('.ui-dialog')
            && !form.classList.contains('filter-bar') && !form.hasAttribute('data-no-dirty');
    }

    function forget(form) {
        dirty = dirty.filter(function (f) { return f !== form && document.body.contains(f); });
    }

    function markDirty(event) {
        var form = event.target && event.target.form;
        if (tracked(form) && dirty.indexOf(form) < 0) {
            dirty.push(form);
        }
    }

    document.addEventListener('input', markDirty, true);
    document.addEventListener('change', markDirty, true);
    document.addEventListener('submit', function (event) { forget(event.target); }, true);

    window.addEventListener('beforeunload', function (event) {
        dirty = dirty.filter(function (f) { return document.body.contains(f); });
        if (dirty.length > 0 && !window.dtiplanLeaving) {
            event.preventDefault();
            event.returnValue = '';
            return '';
        }
        return undefined;
    });

    function readyAgain() {
        if (window.PrimeFaces && PrimeFaces.widgets) {
            Object.keys(PrimeFaces.widgets).forEach(function (key) {
                var widget = PrimeFaces.widgets[key];
                if (widget && widget.ajaxCount > 0 && widget.jq) {
                    widget.ajaxCount = 0;
                    PrimeFaces.utils.buttonEndAjaxDisabled(widget, widget.jq);
                }
            });
        }
        document.querySelectorAll('.ui-state-loading').forEach(function (el) { el.classList.remove('ui-state-loading'); });
        document.querySelectorAll('.ui-button .ui-icon-loading').forEach(function (el) { el.remove(); });
    }

    window.addEventListener('pageshow', function (event) {
        if (event.persisted) {
            readyAgain();
        }
    });

    function sourceOf(settings) {
        var data = settings && typeof settings.data === 'string' ? settings.data : '';
        var match = /(?:^|&)jakarta\.faces\.source=([^&]*)/.exec(data);
        return match ? document.getElementById(decodeURIComponent(match[1])) : null;
    }

    function widgetOf(dialog) {
        var widgets = window.PrimeFaces && PrimeFaces.widgets ? PrimeFaces.widgets : {};
        var key = Object.keys(widgets).find(function (k) { return widgets[k] && widgets[k].jq && widgets[k].jq[0] === dialog; });
        return key ? widgets[key] : null;
    }

    /* the dialog back inside the window if an update slid it above, then its content scrolled to the message */
    function reveal(messages) {
        var content = messages.closest('.ui-dialog-content');
        var dialog = messages.closest('.ui-dialog');
        if (!content || !dialog) {
            return;
        }
        var widget = widgetOf(dialog);
        if (dialog.getBoundingClientRect().top < 0 && widget && widget.initPosition) {
            widget.initPosition();
        }
        var offset = messages.getBoundingClientRect().top - content.getBoundingClientRect().top - 8;
        content.scrollTop = Math.max(0, content.scrollTop + offset);
    }

    function showMessagesInDialogs() {
        document.querySelectorAll('.ui-dialog-content .ui-messages').forEach(function (messages) {
            if (messages.querySelector('.ui-messages-error, .ui-messages-warn, .ui-messages-info, .ui-messages-fatal')) {
                reveal(messages);
                setTimeout(function () { reveal(messages); }, 50);
                setTimeout(function () { reveal(messages); }, 300);
            }
        });
    }

    /* a toast never takes a click (CSS); a success fades after a while, a refusal stays until the next answer */
    function fadeSuccesses() {
        document.querySelectorAll('main.content [id="messages"], main.content [id$=":messages"]').forEach(function (toast) {
            if (!toast.closest('.ui-dialog') && toast.querySelector('.ui-messages-info')
                    && !toast.querySelector('.ui-messages-error, .ui-messages-warn, .ui-messages-fatal')) {
                setTimeout(function () { toast.classList.add('toast-faded'); }, 6000);
            }
        });
    }

    document.addEventListener('DOMContentLoaded', fadeSuccesses);

    function afterAjax(event, xhr, settings) {
        var source = sourceOf(settings);
        var args = xhr && xhr.pfArgs;
        var failed = args && (args.validationFailed || args.refused);
        if (source && !failed && (source.tagName === 'BUTTON' || source.tagName === 'A')) {
            forget(source.form || (source.closest && source.closest('form')));
        }
        showMessagesInDialogs();
        fadeSuccesses();
    }

    /* this script may run before PrimeFaces' jQuery is loaded: bind once it is there */
    var bound = false;
    function bind() {
        if (!bound && window.jQuery) {
            bound = true;
            jQuery(document).on('pfAjaxComplete', afterAjax);
        }
    }
    bind();
    document.addEventListener('DOMContentLoaded', function () {
        bind();
        /* a dialog's form re-rendered with a message is revealed whatever event announced it */
        new MutationObserver(function (mutations) {
            if (mutations.some(function (m) {
                return m.target.closest && m.target.closest('.ui-dialog-content') && Array.prototype.some.call(m.addedNodes, function (n) {
                    return n.querySelector && (n.matches('.ui-messages') || n.querySelector('.ui-messages'));
                });
            })) {
                showMessagesInDialogs();
            }
        }).observe(document.body, {childList: true, subtree: true});
    });
})();
