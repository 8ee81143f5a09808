module github.com/seoul-plaza/plaza/shared/search/korean/kagomecmp

go 1.26

require (
	github.com/ikawaha/kagome-dict-ko v0.2.1
	github.com/ikawaha/kagome/v2 v2.10.3
)

require github.com/ikawaha/kagome-dict v1.1.7 // indirect
