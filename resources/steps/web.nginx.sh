## probe
command -v nginx >/dev/null || kkt_unknown "nginx is installed by the packages step"
kkt_nginx_site | kkt_same_file "/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME" || kkt_change "will write the nginx site for $KKT_DOMAIN"
[ "$(readlink "/etc/nginx/sites-enabled/$KKT_NGINX_SITE_NAME")" = "/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME" ] || kkt_change "will enable the nginx site"
[ -d "$KKT_ACME_WEBROOT" ] || kkt_change "will create the folder for ACME challenges"
kkt_unit_active nginx || kkt_change "will start nginx"
kkt_done
## action
install -d -m 0755 "$KKT_ACME_WEBROOT"
changed=$(kkt_nginx_site | kkt_install_file "/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME" 0644 root:root)
ln -sfn "/etc/nginx/sites-available/$KKT_NGINX_SITE_NAME" "/etc/nginx/sites-enabled/$KKT_NGINX_SITE_NAME"
nginx -t -q
if kkt_unit_active nginx; then systemctl reload nginx; else systemctl enable --now nginx; fi
## verify
nginx -t -q
kkt_unit_active nginx
# A reload replaces the workers in the background: allow it a few seconds. With TLS in place,
# port 80 answers with a redirect, which curl -f accepts.
for i in $(seq 20); do
    curl -fsS -o /dev/null -H "Host: $KKT_DOMAIN" "http://127.0.0.1$KKT_NGINX_LOCATION${KKT_HEALTH_PATH#/}" 2>/dev/null && exit 0
    sleep 0.25
done
curl -fsS -o /dev/null -H "Host: $KKT_DOMAIN" "http://127.0.0.1$KKT_NGINX_LOCATION${KKT_HEALTH_PATH#/}"
