import physics_assistant.testing.hypothesis_profiles  # noqa: F401 - registers and loads the profile
