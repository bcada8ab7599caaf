-- Devices, version 4: where a device was last attached, a note per sync event (e.g. a device clock warning), and
-- the lookup of a profile's paired devices. Portable SQL (H2 2.x and PostgreSQL 15+).

ALTER TABLE devices ADD COLUMN last_path VARCHAR(300);

ALTER TABLE sync_events ADD COLUMN note VARCHAR(500);

CREATE INDEX ix_devices_profile ON devices (profile_id);
