"""Helpers of the hostile-input sweep: damaged data files, hostile .CAL files, and a
runner that puts the real CLI through them and lists what went wrong."""
