### review: draft
# Մարդու լուսանկարների ալբոմը և դրանից տպվող գրքույկը։
# Այստեղ միայն այն տեքստերն են, որոնք ցուցադրվում կամ տպվում են մարդու համար՝ իր լեզվով՝
# album-category-*, album-message-*, album-photo-alt և booklet-scale-value։

## Էջերի տեսակները (ցուցադրվում են մարդուն)

album-category-label = Էջի տեսակը
album-category-people = Մարդիկ
album-category-places = Վայրեր
album-category-work = Աշխատանք
album-category-learning = Ուսուցում
album-category-skills = Հմտություններ
album-category-moments = Պահեր

## Էջը (ցուցադրվում է մարդուն)

# $n՝ լուսանկարի տեղը էջում, $count՝ քանի լուսանկար կա էջում։
album-photo-alt = Լուսանկար { $n }՝ { $count }-ից
album-message-from = Ուղերձ { $from }-ից:
album-message-anonymous = Ուղերձ:

## Էջի խմբագրում

album-message-legend = Ուղերձ ինչ-որ մեկից (ոչ պարտադիր)
album-message-hint = Ընկերոջ, գործընկերոջ, ուսուցչի… գրած կամ թելադրած խոսքեր
album-message-from-label = Ումից
album-message-text-label = Ուղերձ

## Գրքույկը՝ տպված մարդու համար

# Պատասխան 0-ից 10 սանդղակի վրա։
booklet-scale-value = { $value }՝ 10-ից
