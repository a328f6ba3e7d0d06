# 第15号：输出层的错误（src/io/output.rs、same_file.rs、target.rs、cleanup.rs、
# staging.rs），以及系统对输入输出错误的说法。

output-cannot-write = 无法写入“{ $path }”
output-is-input = 输出“{ $output }”就是输入“{ $input }”：写入会毁掉该输入；请另选输出文件
output-two-same = 输出“{ $first }”和“{ $second }”是同一个文件；请给每个输出各起一个名字
output-names-no-file = 该路径没有指明文件
output-no-directory = 其所在目录“{ $dir }”不存在
output-is-directory = 这是一个目录；请指明其中的一个文件
output-link-loop = 符号链接层数过多
output-interrupted = 运行被中断
output-committed = 该输出已经提交
output-sync-failed = 同步线程出错
output-staged-wrongly = 输出的暂存方式有误
output-socket = 此处不能写入套接字
output-renamed = 文件是改名提交的，不是复制的
staging-pid = （进程号 { $pid }）

## 错误及其原因，依次列出（main 的报告）
error-cause-separator = ：

## 系统所说的原因，按类别（英文下用系统原文）
io-not-found = 文件或目录不存在
io-permission-denied = 没有权限
io-already-exists = 文件已存在
io-not-a-directory = 不是目录
io-is-a-directory = 这是一个目录
io-storage-full = 设备上没有剩余空间
io-read-only = 文件系统是只读的
io-interrupted = 被中断
io-invalid-data = 数据无效
io-unexpected-eof = 文件提前结束
io-other = 系统提示：{ $error }
