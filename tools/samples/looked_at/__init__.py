"""Held-out sets that have been evaluated and then looked at: tuning material now.

A held-out set is rendered once and evaluated once, after the method is settled; once its
figures have been seen, decisions may have been made on it, so it joins the tuning set
(`sets.TUNING`) under its old clip names with a "looked_at_" prefix, rendered into
sample_videos/tuning/. Each set keeps its faces, hand, pace and seeds, one module a set:

first.py   Obama, Biden (seeds 4xx)
second.py  Marie Curie, Einstein (seeds 6xx)
third.py   Luis Pedro Coelho, Takeo Kanade (seeds 8xx)
fourth.py  John Ousterhout, Justin Shenk (seeds 9xx)
fifth.py   the G-API picture's young man with glasses, Filippo Giunchedi (seeds 10xx)
sixth.py   the man in PsychoPy's demo photo, Erik Wilhelm Dahlgren (seeds 11xx)
seventh.py Craig Bradney, Jesper K. Pedersen (seeds 12xx)
eighth.py  Denis Bitouze, Gramps' "Keith Lloyd Smith" (seeds 13xx)
ninth.py   Aksel Andersson (given a dark skin), the young man in Scribus' TextBased
           template (seeds 14xx)
tenth.py   the young woman in Fotoxx's user guide, the young man of CImg's example
           picture (given a medium brown skin) (seeds 15xx)
eleventh.py the young man of PsychoPy's oval-cut demo face, Christophe Henner (seeds 16xx)
twelfth.py  Anne Helene of KPhotoAlbum's demo album, Gramps' "Edwin Michael Smith" (given a
            dark brown skin) (seeds 17xx)
thirteenth.py the young woman of Fotoxx's denoise picture, menpo3d's James (seeds 18xx)
fourteenth.py Troy Cosentino of gatsby-starter-blog, Nikola Tesla of Nikola's demo gallery
            (seeds 19xx)
fifteenth.py  the young women of Start Bootstrap's Landing Page and Agency themes (seeds 20xx)
sixteenth.py  the young man of Start Bootstrap's Personal theme, the young woman of Creative
              Tim's Material Dashboard (seeds 21xx)
seventeenth.py the young woman of Creative Tim's Soft UI Dashboard, the young man of its
               Material Dashboard (seeds 22xx)
eighteenth.py  the young woman with red hair of Creative Tim's Soft UI Dashboard, the young
               man of its Material Kit (seeds 23xx)
nineteenth.py  the young woman with long brown hair of Creative Tim's Material Kit, the young
               man of Start Bootstrap's Resume theme (seeds 24xx)
twentieth.py   the young East Asian woman of Creative Tim's Material Dashboard among leaves,
               the young man with locs of AdminKit (seeds 25xx)
twentyfirst.py the young man with a full beard of Themesberg's Volt dashboard, the young
               woman with auburn hair of Creative Tim's Soft UI Dashboard (seeds 26xx)
twentysecond.py the young man with a full beard in a leather jacket and the laughing young
                woman with long dark hair of ThemeSelection's Sneat admin template (seeds 27xx)
twentythird.py  the woman with a ponytail of Creative Tim's Material Kit, her head turned, and
                the young man with round wire glasses of Themesberg's Volt dashboard (seeds 28xx)
twentyfourth.py the young woman in a wide hat of Creative Tim's Material Kit, her head turned,
                and the young man with locs and a goatee of its Now UI Dashboard (seeds 29xx)
twentyfifth.py  the young woman with a black bob and a heavy fringe of Creative Tim's Argon
                Dashboard, her head turned, and the older man with grey hair of
                DesignRevision's Shards UI kit (seeds 30xx)
twentysixth.py  the man of a dark skin in a hat, glasses and a bow tie of Creative Tim's Paper
                Kit 2, and the man with rectangular glasses and a short beard of Start
                Bootstrap's Agency theme, his head turned (seeds 31xx)
"""

from __future__ import annotations

from dataclasses import replace

from ..render import ClipSpec
from . import (eighteenth, eighth, eleventh, fifteenth, fifth, first, fourteenth, fourth, ninth,
               nineteenth, second, seventeenth, seventh, sixteenth, sixth, tenth, thirteenth,
               third, twelfth, twentieth, twentyfifth, twentyfirst, twentyfourth,
               twentysecond, twentysixth, twentythird)

# All of them, under their old names with a "looked_at_" prefix.
LOOKED_AT: tuple[ClipSpec, ...] = tuple(
    replace(spec, name=f"looked_at_{spec.name}", held_out=False)
    for spec in first.CLIPS + second.CLIPS + third.CLIPS + fourth.CLIPS + fifth.CLIPS
    + sixth.CLIPS + seventh.CLIPS + eighth.CLIPS + ninth.CLIPS + tenth.CLIPS + eleventh.CLIPS
    + twelfth.CLIPS + thirteenth.CLIPS + fourteenth.CLIPS + fifteenth.CLIPS + sixteenth.CLIPS
    + seventeenth.CLIPS + eighteenth.CLIPS + nineteenth.CLIPS + twentieth.CLIPS
    + twentyfirst.CLIPS + twentysecond.CLIPS + twentythird.CLIPS + twentyfourth.CLIPS
    + twentyfifth.CLIPS + twentysixth.CLIPS)
