"""OpenStackClient plugin for the Shared File Systems service (Manila)."""
