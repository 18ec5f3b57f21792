"""The words the attendee site's script shows, taken from the catalogue at build time.

site.js writes no text of its own: its messages come from the page's data, in the
program's language, with "{name}" where the script puts a number or a name. A message
that counts has one form per plural category of the language (CLDR's, which the
browser's Intl.PluralRules chooses from).
"""

from __future__ import annotations

from collections.abc import Callable

from program.i18n import Lang


def script_labels(lang: Lang) -> dict[str, object]:
    """Return the script's messages in `lang`."""
    return {
        "starred": _plural_forms(
            lang,
            lambda count: lang.ngettext(
                "%(count)s starred item added from the shared link.",
                "%(count)s starred items added from the shared link.",
                count,
            ),
        ),
        "nothing": lang.gettext("Nothing matches: change the search or the filters, or clear them."),
        "shown": lang.gettext("%(shown)s of %(total)s items shown.") % {"shown": "{shown}", "total": "{total}"},
        "now": lang.gettext("Now"),
        "next": lang.gettext("Next"),
        "calendar": lang.gettext("calendar"),
        "device_zone": lang.gettext(" (shown in this device's zone, %(zone)s)") % {"zone": "{zone}"},
        "remove": lang.gettext("Remove"),
        "remove_item": lang.gettext("Remove %(title)s from my schedule") % {"title": "{title}"},
        "new_count": _plural_forms(
            lang,
            lambda count: lang.ngettext(
                "(%(count)s new)",
                "(%(count)s new)",
                count,
            ),
        ),
        "since": _plural_forms(
            lang,
            lambda count: lang.ngettext(
                "%(count)s change since you last looked is marked in the program.",
                "%(count)s changes since you last looked are marked in the program.",
                count,
            ),
        ),
    }


def _plural_forms(lang: Lang, message: Callable[[int], str]) -> dict[str, str]:
    """The message for each plural category of the language ("one", "other"…), "{count}" for the number.

    `message` calls `lang.ngettext` with literal texts, so that the catalogue tools find them.
    """
    forms: dict[str, str] = {}
    for count in range(200):  # every category of every CLDR language has a sample below 200
        forms.setdefault(lang.plural_category(count), message(count) % {"count": "{count}"})
    return forms
