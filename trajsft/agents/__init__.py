"Domain agents: swe, mhqa, math, video, tau (one module each, registered with `trajsft.agent.register_domain`)."
