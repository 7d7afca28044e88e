## probe
[ -e "$KKT_NGINX_INCLUDE_FILE" ] && kkt_change "will remove $KKT_NGINX_INCLUDE_FILE from production's site"
[ -e "/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME" ] || [ -L "/etc/nginx/sites-enabled/$KKT_NGINX_SITE_NAME" ] \
    && kkt_change "will remove the nginx site $KKT_NGINX_SITE_NAME"
[ -d "/etc/kkt-deploy/tls/$KKT_NGINX_SITE_NAME" ] && kkt_change "will remove the test instance's certificate"
kkt_done
## action
# Only what the test instance owns: its include file, its own site and the certificate of its own
# name (subdomain mode); production's site and certificate are never named here.
own_name=$(sed -n 's/^ *server_name \+\([^;]*\);.*/\1/p' "/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME" 2>/dev/null | head -n 1 || true)
rm -f "$KKT_NGINX_INCLUDE_FILE" "/etc/nginx/sites-enabled/$KKT_NGINX_SITE_NAME" "/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME"
rm -rf "/etc/kkt-deploy/tls/$KKT_NGINX_SITE_NAME"
if [ -n "$own_name" ] && [ "$own_name" != "$KKT_DOMAIN" ] && [ -d "/etc/letsencrypt/live/$own_name" ] && command -v certbot >/dev/null; then
    certbot delete --non-interactive --cert-name "$own_name"
fi
if command -v nginx >/dev/null && systemctl is-active --quiet nginx; then nginx -t -q && systemctl reload nginx; fi
## verify
[ ! -e "$KKT_NGINX_INCLUDE_FILE" ] && [ ! -e "/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME" ] \
    && [ ! -L "/etc/nginx/sites-enabled/$KKT_NGINX_SITE_NAME" ]
! command -v nginx >/dev/null || nginx -t -q
