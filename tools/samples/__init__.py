"""Building blocks of `tools/render_samples.py`: labelled sample videos of real face photos
with a drawn hand doing scripted massage strokes (and gestures that are not massage).

photos.py      the face photos (faces/, shipped in packages) and their cached FaceMesh landmarks
face.py        the face frame of a photo and where each zone is on it
turn.py        a head turned in 3-D (the photo's FaceMesh as a textured mesh)
camera.py      per-clip head motion and picture degradations (skin tone, light, noise, blur)
hand.py        a 21-point hand model (MediaPipe order) and its shaded drawing
posed_hand.py  the second hand model: fingers that bend and press, a hand that rolls
segments.py    one hand's timeline: timed segments and their labels
script.py      the plan: scripted strokes -> timed segments
gestures.py    negatives: hands near the face that do not massage it (near_face)
conditions.py  the condition tags of a clip
clips.py       the catalogue of the original clips; sets.py the tuning and held-out sets;
               looked_at/ the earlier held-out sets, looked at and now tuning material
render.py      frames and encoding; check.py  MediaPipe Hands on the rendered videos
"""
