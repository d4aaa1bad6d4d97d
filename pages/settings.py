"""AI settings: which providers answer, how they are configured, and how healthy they are.

Read-only. Keys are never shown, only whether each is set; every value comes from the
settings, the provider chain and the ``model_calls`` table through `interview_core`.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from interview_core.ai.registry import catalogue_overview, chain_overview
from interview_core.ai.service import AIService
from interview_core.call_log import call_health, recent_calls
from interview_core.config import ConfigError
from interview_core.ui import charts, navigation
from interview_core.ui.resources import get_ai_service, get_database, get_settings

navigation.ensure_entry_point()
settings = get_settings()
db = get_database()

st.title("AI settings", anchor=False)
st.caption(
    "Set with environment variables or `.streamlit/secrets.toml`; restart the app to apply "
    "changes. Keys are never shown here."
)

ai: AIService | None
try:
    ai = get_ai_service()
except ConfigError as exc:
    ai = None
    st.error(f"The AI providers are not configured correctly: {exc}")

# --- the chain --------------------------------------------------------------------------

st.subheader("Provider chain", anchor=False)
chain = chain_overview(settings)
st.markdown(
    f"Active provider: **{chain[0].name}**"
    + (f" — falls back to {' → '.join(p.name for p in chain[1:])}" if len(chain) > 1 else "")
)
breakers = {b.name: b for b in ai.breaker_snapshots()} if ai is not None else {}
st.dataframe(
    pd.DataFrame(
        [
            {
                "order": "primary" if i == 0 else f"fallback {i}",
                "provider": info.name,
                "model": info.model,
                "base URL": info.base_url or "—",
                "key": info.key_status if info.key_setting else "—",
                "circuit": breakers[info.name].state.value.replace("_", "-")
                if info.name in breakers
                else "—",
            }
            for i, info in enumerate(chain)
        ]
    ),
    hide_index=True,
)

# --- every provider this installation knows -------------------------------------------

st.subheader("Available providers", anchor=False)
st.caption(
    "Choose with INTERVIEW_AI_PROVIDER and INTERVIEW_AI_FALLBACKS (the names below); each "
    "reads its key, model and base URL from the settings named after it."
)
st.dataframe(
    pd.DataFrame(
        [
            {
                "name": info.name,
                "provider": info.label,
                "model": info.model,
                "key setting": info.key_setting or "—",
                "key": info.key_status if info.key_setting else "—",
                "in the chain": info.name in settings.provider_chain,
            }
            for info in catalogue_overview(settings)
        ]
    ),
    hide_index=True,
)

# --- resilience -------------------------------------------------------------------------

st.subheader("Resilience", anchor=False)
timeout, attempts, budget = st.columns(3)
timeout.metric("Request timeout", f"{settings.ai_timeout_s:g} s")
attempts.metric("Attempts per request", settings.ai_retry_attempts)
budget.metric("Retry time budget", f"{settings.ai_retry_max_s:g} s")
cap, threshold, cooldown = st.columns(3)
cap.metric("Longest Retry-After honoured", f"{settings.ai_retry_after_cap_s:g} s")
threshold.metric("Failures that open a circuit", settings.ai_breaker_threshold)
cooldown.metric("Circuit cooldown", f"{settings.ai_breaker_cooldown_s:g} s")

if breakers:
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "provider": b.name,
                    "circuit": b.state.value.replace("_", "-"),
                    "consecutive failures": f"{b.consecutive_failures} of {b.threshold}",
                    "next trial in": f"{b.retry_in_s:.0f} s" if b.retry_in_s else "—",
                    "failed calls": b.total_failures,
                    "answered calls": b.total_successes,
                }
                for b in breakers.values()
            ]
        ),
        hide_index=True,
    )
    st.caption("Circuit counters cover this app process since it started.")

# --- call health ------------------------------------------------------------------------

st.subheader("Recent calls", anchor=False)
limit = st.select_slider("Calls to include", options=[50, 100, 200, 500, 1000], value=200)
calls = recent_calls(db, limit=limit)
if calls.empty:
    st.info("No model calls yet. They appear here once an interview has started.")
else:
    health = call_health(calls)
    # Percent as people read it ("2.5%"), not a raw ratio or six decimals.
    health = health.assign(error_rate=health["error_rate"] * 100)
    st.dataframe(
        health,
        hide_index=True,
        column_config={
            "calls": st.column_config.NumberColumn("calls"),
            "failed": st.column_config.NumberColumn("failed"),
            "error_rate": st.column_config.NumberColumn("error rate", format="%.1f%%"),
            "p50_ms": st.column_config.NumberColumn("p50 latency", format="%.0f ms"),
            "p95_ms": st.column_config.NumberColumn("p95 latency", format="%.0f ms"),
            "fallback_answers": st.column_config.NumberColumn("answers as fallback"),
        },
    )
    if not health.empty:
        st.altair_chart(charts.latency_chart(health), width="stretch")
    st.dataframe(
        calls[["started_at", "provider", "purpose", "outcome", "latency_ms", "fallback", "error"]],
        hide_index=True,
        column_config={
            "started_at": st.column_config.DatetimeColumn("when", format="YYYY-MM-DD HH:mm:ss"),
            "latency_ms": st.column_config.NumberColumn("latency", format="%.0f ms"),
            "fallback": st.column_config.CheckboxColumn("fallback"),
        },
    )
