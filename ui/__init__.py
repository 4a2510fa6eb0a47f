"""Shared Streamlit helpers for the pages."""
