"""The Streamlit app: `streamlit run app.py`. Only page wiring; each page is a file in app_pages/."""

import streamlit as st

from ui.camera import leave_other_camera_pages
from ui.chrome import APP_ICON
from ui.common import PAGES

st.set_page_config(page_title="Massage coach", page_icon=str(APP_ICON), layout="wide")
current = st.navigation([
    st.Page(page.path, title=page.title, icon=page.icon, url_path=page.url_path,
            default=page.url_path == "home")
    for page in PAGES
])
leave_other_camera_pages(st.session_state, current.url_path)  # their sessions end, kept
current.run()
