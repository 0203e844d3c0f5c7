#!/usr/bin/env bash
# Make sure the local PostgreSQL and MariaDB the tests use are running.
set -euo pipefail
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
fi
if ! mysqladmin -h 127.0.0.1 -P 3306 -uroot status >/dev/null 2>&1; then
  echo "starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
fi
for i in $(seq 1 60); do
  if pg_isready -h 127.0.0.1 -p 5432 -q && mysqladmin -h 127.0.0.1 -P 3306 -uroot status >/dev/null 2>&1; then
    echo "PostgreSQL and MariaDB are up"
    exit 0
  fi
  sleep 1
done
echo "PostgreSQL or MariaDB did not start" >&2
exit 1
