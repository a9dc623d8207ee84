-- A provider's own working hours (a ZWorkingHoursSpec: weekday → intervals); null keeps Qyzmet's default day.
alter table providers add column working_hours jsonb;
