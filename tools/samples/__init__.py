"""Building blocks of `tools/render_samples.py`: labelled sample videos of a real face
(the public-domain astronaut portrait from scikit-image) with a drawn hand doing scripted
massage strokes.

face.py    the photo, its FaceMesh landmarks (computed once, cached) and the zones on it
camera.py  per-clip head motion and picture degradations (skin tone, light, noise, blur)
hand.py    a 21-point hand model (MediaPipe order) and its shaded drawing
script.py  the plan: scripted actions -> timed segments -> labels
clips.py   the catalogue of committed clips
render.py  frames and encoding; check.py  MediaPipe Hands on the rendered videos
"""
