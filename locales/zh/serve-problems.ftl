# serve 自带的模板函数（src/serve/pages.rs）。
serve-template-no-id = t() 须有 id="消息编号"
