"""Start page: what the coach does and where to begin."""

import streamlit as st

from ui.common import PAGES, current_settings, profile_for


settings = current_settings()
profile = profile_for(settings.profile, settings)
st.title("Facial massage coach")
st.caption(f"A camera coach for facial self-massage, here with the *{profile.title}* profile "
           "(change it in Settings): it watches your fingertips on your face and tells you "
           "whether each stroke goes the right way, at a calm pace.")

st.markdown("**Where do you want to start?**")
columns = st.columns(3)
for i, page in enumerate(p for p in PAGES if p.url_path != "home"):
    with columns[i % 3].container(border=True):
        st.page_link(page.path, label=page.title, icon=page.icon)
        st.caption(page.blurb)

st.markdown(
    "**How it works.** Sit facing the camera in good light, with your whole face in view. "
    f"Use the pads of your index and middle fingers and stroke slowly, {profile.rhythm}, "
    "with light pressure: just enough to move the skin. The coach checks the direction "
    "and pace of each stroke; it cannot feel the pressure. Everything stays on this computer.")
