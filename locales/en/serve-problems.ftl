# serve's own template function (src/serve/pages.rs).
serve-template-no-id = t() needs id="message-id"
