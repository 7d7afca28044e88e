## probe
# A test instance under production's site: one location in a file this instance owns, which
# production's server blocks include. No server block and no certificate of its own: production's
# site, certificate and configuration are never written.
command -v nginx >/dev/null || kkt_unknown "nginx is installed by the packages step"
kkt_production_includes || kkt_change "production's site for $KKT_DOMAIN must include $KKT_NGINX_LOCATIONS_DIR first"
printf '%s' "$KKT_NGINX_INCLUDE" | kkt_same_file "$KKT_NGINX_INCLUDE_FILE" || kkt_change "will add the location $KKT_NGINX_LOCATION to production's site for $KKT_DOMAIN"
kkt_done
## action
if ! kkt_production_includes; then
    echo "no enabled nginx site for $KKT_DOMAIN includes $KKT_NGINX_LOCATIONS_DIR/*.conf: production was deployed by an older KKT Deploy — deploy production again with this version (its site then includes the folder), or choose subdomain mode for the test instance; nothing was changed" >&2
    exit 1
fi
install -d -m 0755 "$KKT_NGINX_LOCATIONS_DIR"
changed=$(printf '%s' "$KKT_NGINX_INCLUDE" | kkt_install_file "$KKT_NGINX_INCLUDE_FILE" 0644 root:root)
if ! nginx -t -q; then
    # Never leave production's nginx unable to reload because of our file.
    rm -f "$KKT_NGINX_INCLUDE_FILE"
    echo "nginx refuses the configuration with $KKT_NGINX_INCLUDE_FILE; the file is removed again" >&2
    exit 1
fi
if [ -n "$changed" ]; then systemctl reload nginx; fi
## verify
nginx -t -q
kkt_production_includes
printf '%s' "$KKT_NGINX_INCLUDE" | kkt_same_file "$KKT_NGINX_INCLUDE_FILE"
# A reload replaces the workers in the background: allow it a few seconds.
for i in $(seq 20); do
    curl -fsSk -o /dev/null --resolve "$KKT_DOMAIN:80:127.0.0.1" --resolve "$KKT_DOMAIN:443:127.0.0.1" \
        "$KKT_PUBLIC_URL$KKT_HEALTH_PATH" 2>/dev/null && exit 0
    sleep 0.25
done
curl -fsSk -o /dev/null --resolve "$KKT_DOMAIN:80:127.0.0.1" --resolve "$KKT_DOMAIN:443:127.0.0.1" \
    "$KKT_PUBLIC_URL$KKT_HEALTH_PATH"
