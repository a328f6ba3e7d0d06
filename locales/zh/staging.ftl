# batch 的输出目录：先写入暂存目录、加锁，运行结束后一次移入（src/io/staging.rs）。
staging-busy = 另一个 nengji 运行{ $pid }正在写入“{ $dir }”；请等它结束（其锁文件为“{ $lock }”）
staging-prepare = 无法准备输出目录“{ $dir }”
staging-commit = 无法把输出移入“{ $dir }”（在 { $name } 处）；“{ $dir }”保持运行前的原样
staging-not-a-directory = 输出“{ $dir }”不是目录：batch 写出一组文件，-o 须给出目录（不存在时自动创建），例如 -o federation
staging-out-is-rosters = -o “{ $dir }”是花名册目录：输出下次会被当作花名册读入，或覆盖某个花名册；请换一个目录
staging-input-in-documents = 输入“{ $file }”位于“{ $documents }”之内，本次运行会替换该目录；请移走该文件或换一个 -o
