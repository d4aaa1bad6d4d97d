"""Presentation helpers for the Streamlit app: page navigation state and rendering pieces."""
